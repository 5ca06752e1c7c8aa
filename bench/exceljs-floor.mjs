// The floor `npm run bench` compares Alur's reading with: a bare exceljs read (no checks, no grids) of
// every .xlsx file or folder given, one after the other. Plain JavaScript, so no compile step is counted.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const files = [];
for (const p of process.argv.slice(2)) {
  if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) f.endsWith('.xlsx') && files.push(join(p, f));
  else files.push(p);
}
let cells = 0;
for (const f of files) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  wb.eachSheet((ws) => (cells += ws.actualCellCount));
}
process.stdout.write(`${files.length} files, ${cells} cells\n`);
