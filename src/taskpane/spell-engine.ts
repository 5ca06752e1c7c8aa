/**
 * The pane's speller, built from the dictionaries bundled as text: LibreOffice's id_ID (assets/dict)
 * and dictionary-en. Imported only by the spelling worker (./spell.worker.ts), or, where a browser
 * has no workers (tests under jsdom), lazily in the page by ./spelling.ts: never by the start bundle.
 */
import type { Speller } from '../core/spell';
import { createSpeller } from '../core/spell/speller';
import idAff from '../../assets/dict/id_ID.aff?raw';
import idDic from '../../assets/dict/id_ID.dic?raw';
import enAff from '../../node_modules/dictionary-en/index.aff?raw';
import enDic from '../../node_modules/dictionary-en/index.dic?raw';

let speller: Speller | null = null;

export function buildSpeller(): Speller {
  speller ??= createSpeller({ id: { aff: idAff, dic: idDic }, en: { aff: enAff, dic: enDic } });
  return speller;
}
