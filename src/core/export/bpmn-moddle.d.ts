/**
 * Types for bpmn-moddle's main entry. The package ships generated element types under
 * "bpmn-moddle/types" but declares none for its entry point, so this file joins the two: `create`
 * takes a BPMN, BPMNDI, DC or DI type name and returns that element's typed interface.
 */
declare module 'bpmn-moddle' {
  import type { BpmnModdleTypeMap, BpmndiModdleTypeMap, DcModdleTypeMap, DiModdleTypeMap } from 'bpmn-moddle/types';

  export type ModdleTypeMap = BpmnModdleTypeMap & BpmndiModdleTypeMap & DcModdleTypeMap & DiModdleTypeMap;

  /** An element read back by `fromXML` (untyped: whatever the XML held). */
  export interface ParsedElement {
    $type: string;
    id?: string;
    [property: string]: unknown;
  }

  export interface FromXmlResult {
    rootElement: ParsedElement;
    references: unknown[];
    /** Problems met while reading (unknown elements, unresolved references): empty for a clean file. */
    warnings: Error[];
    elementsById: Record<string, ParsedElement>;
  }

  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    create<K extends keyof ModdleTypeMap>(type: K, attrs?: Record<string, unknown>): ModdleTypeMap[K];
    toXML(element: unknown, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
    fromXML(xml: string, typeName?: string, options?: Record<string, unknown>): Promise<FromXmlResult>;
  }
}
