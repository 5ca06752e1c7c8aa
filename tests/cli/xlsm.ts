/**
 * A macro-enabled workbook (.xlsm) made from a fixture the way Excel saves one: the workbook part's
 * content type is sheet.macroEnabled.main+xml, and xl/vbaProject.bin (a compound file holding the VBA
 * storage) is a part of its own with a `bin` default content type and a vbaProject relationship from
 * the workbook. The VBA itself is not real code: Alur never reads it, it only has to keep its bytes.
 */
import JSZip from 'jszip';
import { compoundFile } from '../robust/support';

export const VBA_PART = 'xl/vbaProject.bin';
export const VBA_CONTENT_TYPE = 'application/vnd.ms-office.vbaProject';
export const VBA_REL_TYPE = 'http://schemas.microsoft.com/office/2006/relationships/vbaProject';

/** The bytes of a small vbaProject.bin: a compound file with the VBA storage's streams named. */
export function vbaProjectBin(): Uint8Array {
  return compoundFile(['VBA', 'PROJECT', 'PROJECTwm']);
}

/** `xlsx` (a workbook's bytes) saved as .xlsm with a vbaProject.bin part. */
export async function toXlsm(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types
      .replace(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        'application/vnd.ms-excel.sheet.macroEnabled.main+xml'
      )
      .replace(/(<Types[^>]*>)/, `$1<Default Extension="bin" ContentType="${VBA_CONTENT_TYPE}"/>`)
  );
  const relsPath = 'xl/_rels/workbook.xml.rels';
  const rels = await zip.file(relsPath)!.async('string');
  zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="rIdVba1" Type="${VBA_REL_TYPE}" Target="vbaProject.bin"/></Relationships>`));
  zip.file(VBA_PART, vbaProjectBin());
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
