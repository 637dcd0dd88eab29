/** Whether this browser can give Cytoscape a WebGL context (its experimental WebGL renderer). */
let cached: { available: boolean; software: boolean } | undefined;

function probe(): { available: boolean; software: boolean } {
  if (cached !== undefined) return cached;
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (gl === null) return (cached = { available: false, software: false });
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info === null ? '' : String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL));
    cached = { available: true, software: /swiftshader|llvmpipe|software/i.test(name) };
  } catch {
    cached = { available: false, software: false };
  }
  return cached;
}

export function webglAvailable(): boolean {
  return probe().available;
}

/** WebGL on a real GPU: only then does "auto" pick it (software WebGL is slower than canvas). */
export function webglAccelerated(): boolean {
  const p = probe();
  return p.available && !p.software;
}

/** Above this many elements the WebGL renderer pays off (below it the canvas one draws crisper). */
export const WEBGL_THRESHOLD = 4000;
