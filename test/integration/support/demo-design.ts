/** What the demo bundle was built to contain (data/demo/README.md), for tests that check it is found. */
export const DESIGNED_STRATEGIES = {
  'cl-food': 'SPECIALISATION',
  'cl-textile': 'SPECIALISATION',
  'cl-machinery': 'SPECIALISATION',
  'cl-aero': 'HUBBING',
  'cl-pharma': 'HUBBING',
  'cl-ict': 'HUBBING',
  'cl-auto': 'INTEGRATION',
  'cl-chem': 'INTEGRATION',
  'cl-energy': 'INTEGRATION',
} as const;
