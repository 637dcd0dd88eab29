/** What a supplier sells, by its sector: gives SUPPLIES links a readable `product`. */
const PRODUCTS: Readonly<Record<string, readonly string[]>> = {
  C10: ['processed vegetables', 'dairy ingredients', 'meat cuts', 'flour', 'ready meals'],
  C11: ['beverage concentrates', 'malt'],
  C13: ['yarn', 'woven fabric', 'nonwovens', 'dyeing and finishing', 'technical textiles'],
  C14: ['garments', 'workwear'],
  C19: ['naphtha', 'fuel oils'],
  C20: ['polymers', 'solvents', 'coatings', 'industrial gases', 'catalysts'],
  C21: ['active ingredients', 'sterile fill and finish', 'clinical batches'],
  C22: ['plastic mouldings', 'rubber seals', 'packaging film'],
  C24: ['steel coils', 'aluminium profiles'],
  C25: ['machined parts', 'fasteners', 'castings', 'sheet metal parts'],
  C26: ['sensors', 'control units', 'printed circuit boards'],
  C27: ['electric motors', 'cable harnesses', 'switchgear', 'battery modules'],
  C28: ['gearboxes', 'hydraulic units', 'machine tools', 'pumps'],
  C29: ['body parts', 'seats', 'brake systems', 'powertrain modules'],
  'C30.3': ['wing components', 'avionics', 'cabin interiors', 'engine parts'],
  C32: ['medical devices', 'diagnostic kits'],
  D35: ['electricity', 'process heat', 'green hydrogen'],
  E38: ['recycled polymers', 'waste treatment', 'secondary metals'],
  F42: ['grid construction', 'pipelines'],
  H49: ['road freight', 'rail freight'],
  H50: ['shipping'],
  H52: ['warehousing', 'freight forwarding', 'terminal handling'],
  H53: ['courier services'],
  J61: ['connectivity'],
  J62: ['software development', 'IT services', 'cloud hosting'],
  J63: ['data services'],
  M71: ['engineering services', 'testing and certification'],
  M72: ['contract research'],
};

export function productOf(sector: string, pick: <T>(items: readonly T[]) => T): string {
  return pick(PRODUCTS[sector] ?? ['components']);
}
