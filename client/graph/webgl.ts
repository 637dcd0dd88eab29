/** Whether this browser can give Cytoscape a WebGL context (its experimental WebGL renderer). */
let cached: boolean | undefined;

export function webglAvailable(): boolean {
  if (cached !== undefined) return cached;
  try {
    const canvas = document.createElement('canvas');
    cached = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) !== null;
  } catch {
    cached = false;
  }
  return cached;
}

/** Above this many elements the WebGL renderer pays off (below it the canvas one draws crisper). */
export const WEBGL_THRESHOLD = 4000;
