// Prettier settings: the Office add-in house style (office-addin-prettier-config) with single quotes and
// 120-character lines, which this code base uses throughout (long Indonesian/English message strings
// and table-driven tests read better unbroken).
import officeAddinPrettierConfig from 'office-addin-prettier-config';

export default { ...officeAddinPrettierConfig, singleQuote: true, printWidth: 120 };
