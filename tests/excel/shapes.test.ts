/** Excel.GeometricShapeType <-> DrawingML preset: the strings Excel accepts, both ways. */
import { describe, expect, it } from 'vitest';
import { PRESET_GEOMETRY } from '../../src/core/flowchart/types';
import { excelShapeOfPreset, kindOfPreset, presetOfExcelShape } from '../../src/excel/shapes';
import { EXCEL_ENUMS, isEnumValue } from '../fakes/excel-enums';

describe('Excel shape types', () => {
  it('draws each flowchart symbol with a GeometricShapeType Excel knows, spelled as Excel spells it', () => {
    for (const preset of [...Object.values(PRESET_GEOMETRY), 'rect', 'diamond']) {
      const excel = excelShapeOfPreset(preset);
      expect(isEnumValue('GeometricShapeType', excel), `${preset} -> ${excel}`).toBe(true);
      expect(presetOfExcelShape(excel)).toBe(preset);
    }
    expect(excelShapeOfPreset('flowChartOffpageConnector')).toBe('FlowChartOffpageConnector');
  });

  it('turns every GeometricShapeType into a preset and back unchanged, DrawingML abbreviations included', () => {
    for (const excel of EXCEL_ENUMS.GeometricShapeType)
      expect(excelShapeOfPreset(presetOfExcelShape(excel))).toBe(excel);
    expect(presetOfExcelShape('LineInverse')).toBe('lineInv');
    expect(presetOfExcelShape('RightTriangle')).toBe('rtTriangle');
    expect(kindOfPreset(presetOfExcelShape('FlowChartDecision'))).toBe('decision');
  });
});
