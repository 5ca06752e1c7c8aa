/** Structured data out: the contract's JSON, the "Data SOP" rows and BPMN 2.0. */
export { sopToContract, toJson } from './json';
export { dataSopRows, dataSopTable, quoteSheet, sopLabel, stepCell, symbolName, SOP_HEADER } from './data-sop';
export type { DataCell, DataTable } from './data-sop';
export { BPMN_SIZES, toBpmn } from './bpmn';
export type { BpmnOptions } from './bpmn';
