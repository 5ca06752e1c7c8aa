/** The planner's words in Indonesian (first) and English: alt text, branch labels, warnings. */
import { pick } from '../i18n';
import type { Lang } from '../model';
import type { PlanShapeKind } from './types';

export interface Words {
  start: string;
  end: string;
  yes: string;
  no: string;
  step: string;
  kind: Record<PlanShapeKind | 'start' | 'end', string>;
  offpageOut: (letter: string) => string;
  offpageIn: (letter: string) => string;
  warn: {
    noActor: (step: string) => string;
    unknownActor: (step: string, actor: string) => string;
    smallCell: (step: string, actor: string) => string;
    branchTarget: (step: string, label: string, target: string | null) => string;
    routeBlocked: (id: string) => string;
    noSteps: () => string;
    noLanes: () => string;
  };
}

const ID: Words = {
  start: 'Mulai',
  end: 'Selesai',
  yes: 'Ya',
  no: 'Tidak',
  step: 'Langkah',
  kind: {
    start: 'Mulai',
    end: 'Selesai',
    terminator: 'Terminator',
    process: 'Proses',
    decision: 'Keputusan',
    offpage: 'Penghubung antarhalaman',
  },
  offpageOut: (l) => `Penghubung antarhalaman ${l}: alur berlanjut di halaman berikutnya`,
  offpageIn: (l) => `Penghubung antarhalaman ${l}: lanjutan alur dari halaman sebelumnya`,
  warn: {
    noActor: (s) => `Langkah ${s} tidak punya pelaksana: simbolnya tidak digambar.`,
    unknownActor: (s, a) => `Pelaksana "${a}" pada langkah ${s} tidak punya kolom: simbolnya tidak digambar.`,
    smallCell: (s, a) => `Sel langkah ${s} (${a}) terlalu kecil: simbolnya diperkecil.`,
    branchTarget: (s, l, t) =>
      t === null
        ? `Cabang "${l}" dari keputusan langkah ${s} tidak menunjuk langkah mana pun: panahnya tidak digambar.`
        : `Cabang "${l}" dari keputusan langkah ${s} menunjuk langkah ${t} yang tidak digambar: panahnya tidak digambar.`,
    routeBlocked: (id) => `Panah ${id} tidak dapat dibuat tanpa melewati simbol lain.`,
    noSteps: () => 'SOP ini tidak punya langkah untuk digambar.',
    noLanes: () => 'Tabel SOP ini tidak punya kolom pelaksana untuk digambari simbol.',
  },
};

const EN: Words = {
  start: 'Start',
  end: 'End',
  yes: 'Yes',
  no: 'No',
  step: 'Step',
  kind: {
    start: 'Start',
    end: 'End',
    terminator: 'Terminator',
    process: 'Process',
    decision: 'Decision',
    offpage: 'Off-page connector',
  },
  offpageOut: (l) => `Off-page connector ${l}: the flow continues on the next page`,
  offpageIn: (l) => `Off-page connector ${l}: the flow continued from the previous page`,
  warn: {
    noActor: (s) => `Step ${s} has no actor: no symbol is drawn for it.`,
    unknownActor: (s, a) => `Actor "${a}" of step ${s} has no column: no symbol is drawn for it.`,
    smallCell: (s, a) => `The cell of step ${s} (${a}) is too small: its symbol was shrunk.`,
    branchTarget: (s, l, t) =>
      t === null
        ? `Branch "${l}" of decision step ${s} points nowhere: no arrow is drawn.`
        : `Branch "${l}" of decision step ${s} points to step ${t}, which is not drawn: no arrow is drawn.`,
    routeBlocked: (id) => `Connector ${id} cannot be routed without passing another symbol.`,
    noSteps: () => 'This SOP has no steps to draw.',
    noLanes: () => 'This SOP table has no actor columns to draw symbols in.',
  },
};

export function words(lang: Lang | undefined): Words {
  return pick({ id: ID, en: EN }, lang);
}
