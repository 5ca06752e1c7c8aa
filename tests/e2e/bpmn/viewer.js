// @ts-check
/* global BpmnJS */
/**
 * Runs in the page. window.alurShow(xml) imports a BPMN file into a fresh NavigatedViewer, fits it to
 * the window and reports the import warnings, the elements bpmn-js created (by BPMN type, with their
 * names and bounds) and any element whose label bpmn-js could not place, so the test can judge the
 * diagram as bpmn-js drew it, not only as the XML says.
 */
(function () {
  /** @type {any} */
  let viewer = null;

  /**
   * The box of the text bpmn-js wrote inside a shape (a task's name, a lane's name), in the shape's own
   * coordinates before any rotation: lines x line height, so the test can tell whether it fits.
   * @param {SVGElement} gfx
   */
  function textBox(gfx) {
    const text = /** @type {SVGTextElement | null} */ (gfx.querySelector('.djs-visual > text'));
    if (!text || !text.textContent) return null;
    const b = text.getBBox();
    return {
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
      lines: [...text.querySelectorAll('tspan')].map((t) => t.textContent ?? ''),
    };
  }

  /** @param {string} xml */
  async function alurShow(xml) {
    if (viewer) viewer.destroy();
    // @ts-ignore the UMD bundle's global
    viewer = new BpmnJS({ container: '#canvas' });
    const { warnings } = await viewer.importXML(xml);
    const canvas = viewer.get('canvas');
    canvas.zoom('fit-viewport', 'auto');
    const registry = viewer.get('elementRegistry');
    const elements = registry
      .getAll()
      .filter((/** @type {any} */ e) => e.businessObject && e.type !== 'label')
      .map((/** @type {any} */ e) => ({
        id: e.id,
        type: e.type,
        name: e.businessObject.name ?? null,
        x: e.x ?? null,
        y: e.y ?? null,
        width: e.width ?? null,
        height: e.height ?? null,
        waypoints: e.waypoints
          ? e.waypoints.map((/** @type {any} */ p) => ({ x: p.x, y: p.y }))
          : null,
        label: e.label
          ? { x: e.label.x, y: e.label.y, width: e.label.width, height: e.label.height }
          : null,
        text: textBox(registry.getGraphics(e)),
      }));
    return {
      warnings: warnings.map((/** @type {any} */ w) => String(w.message ?? w)),
      elements,
      zoom: canvas.zoom(),
    };
  }

  // @ts-ignore a global for the test to call
  window.alurShow = alurShow;
})();
