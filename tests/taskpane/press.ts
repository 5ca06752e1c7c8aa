/** Click a pane button by its accessible name and wait until the pane is idle again (Periksa SOP enabled). */
import { act, fireEvent, screen } from '@testing-library/react';
import { expect } from 'vitest';

export async function press(name: string | RegExp): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
  const check = () => screen.getByRole('button', { name: /^(Periksa SOP|Check SOP)$/ }) as HTMLButtonElement;
  await expect.poll(() => check().disabled, { timeout: 15000 }).toBe(false);
}
