/**
 * Fictional organisation names: invented stems + a sector word + a legal form. Built from
 * syllables so that no name belongs to a real company; uniqueness is kept per generator run.
 */
import type { Rng } from './rng.ts';

const HEADS = [
  'Vel', 'Mor', 'Tal', 'Kar', 'Bren', 'Ost', 'Lun', 'Dra', 'Fen', 'Sil', 'Tor', 'Ard', 'Quen', 'Rav',
  'Zel', 'Hal', 'Mir', 'Cor', 'Ves', 'Nor', 'Bel', 'Cal', 'Dun', 'Ery', 'Gal', 'Iso', 'Jor', 'Kel',
  'Lyr', 'Nym', 'Pra', 'Sar', 'Tes', 'Ulv', 'Var', 'Wen', 'Yst', 'Orn', 'Pel', 'Thal',
];
const TAILS = [
  'ora', 'ex', 'ia', 'on', 'ent', 'ar', 'is', 'um', 'eta', 'ix', 'an', 'ova', 'ine', 'ara', 'elt',
  'avo', 'en', 'ric', 'ana', 'oth',
];

const SECTOR_WORDS: Readonly<Record<string, readonly string[]>> = {
  C10: ['Foods', 'Dairy', 'Bakeries', 'Meat Processing', 'Fresh Produce', 'Mills', 'Packaging Foods'],
  C11: ['Beverages', 'Brewery'],
  C13: ['Textiles', 'Weaving', 'Yarns', 'Technical Fabrics', 'Dyeworks', 'Spinning Mills'],
  C14: ['Apparel', 'Garments'],
  C19: ['Refining'],
  C20: ['Chemicals', 'Polymers', 'Specialty Chemicals', 'Coatings', 'Catalysts'],
  C21: ['Pharma', 'Biologics', 'Therapeutics', 'Generics'],
  C22: ['Plastics', 'Rubber Parts', 'Moulding'],
  C24: ['Steel', 'Alloys'],
  C25: ['Metalworks', 'Precision Parts', 'Fasteners', 'Castings'],
  C26: ['Electronics', 'Sensors', 'Optics'],
  C27: ['Electric', 'Drives', 'Cables', 'Switchgear'],
  C28: ['Machine Works', 'Machinery', 'Tooling', 'Industrial Equipment', 'Hydraulics'],
  C29: ['Automotive', 'Motorworks', 'Vehicle Systems', 'Chassis'],
  'C30.3': ['Aerospace', 'Aero Structures', 'Avionics', 'Flight Systems'],
  C32: ['Medical Devices', 'Diagnostics'],
  D35: ['Energy', 'Power', 'Grid Services', 'Renewables', 'Heat'],
  E38: ['Recycling', 'Waste Solutions'],
  F42: ['Civil Works', 'Infrastructure'],
  H49: ['Trucking', 'Rail Cargo'],
  H50: ['Shipping'],
  H52: ['Logistics', 'Warehousing', 'Terminals', 'Freight Services'],
  H53: ['Courier'],
  J61: ['Telecom', 'Networks'],
  J62: ['Software', 'Digital', 'Data Systems', 'Cloud Solutions', 'Code Works'],
  J63: ['Data Services', 'Analytics'],
  M70: ['Consulting'],
  M71: ['Engineering', 'Testing'],
  M72: ['Biotech Labs', 'Research Labs'],
};

const LEGAL_FORMS: Readonly<Record<string, readonly string[]>> = {
  XA: ['AG', 'GmbH', 'Ltd'],
  XB: ['S.A.', 'sp.', 'Holdings'],
  XC: ['Corp.', 'Inc.', 'Group'],
};

export class NameBook {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  /** Claims an exact name (for hand-named institutions) so generated names never collide. */
  claim(name: string): string {
    if (this.used.has(name)) throw new Error(`duplicate name ${name}`);
    this.used.add(name);
    return name;
  }

  stem(): string {
    return this.rng.pick(HEADS) + this.rng.pick(TAILS);
  }

  firm(sector: string, country: string): string {
    const words = SECTOR_WORDS[sector] ?? ['Industries'];
    const forms = LEGAL_FORMS[country] ?? ['Ltd'];
    for (let attempt = 0; attempt < 50; attempt++) {
      const name = `${this.stem()} ${this.rng.pick(words)} ${this.rng.pick(forms)}`;
      if (!this.used.has(name)) return this.claim(name);
    }
    // A combinatorial space of ~4,000 stems per sector word makes this branch practically dead.
    let n = 2;
    const base = `${this.stem()} ${this.rng.pick(words)}`;
    while (this.used.has(`${base} ${n}`)) n++;
    return this.claim(`${base} ${n}`);
  }
}
