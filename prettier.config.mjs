// Prettier settings: the Office add-in house style (office-addin-prettier-config: printWidth 100,
// trailingComma es5), with single quotes, which this code base uses throughout.
import officeAddinPrettierConfig from 'office-addin-prettier-config';

export default { ...officeAddinPrettierConfig, singleQuote: true };
