/**
 * Services a citizen can rate, with the votes they start with. ILLUSTRATIVE: the service names are
 * real kinds of government transaction; every vote count here is invented for the demo.
 */
import type { RatingScale } from '../../../src/core/contract.js';

export interface SeedService {
  id: string;
  scale: RatingScale;
  name: { ar: string; en: string };
  /** Initial votes per score, e.g. `{ 5: 311 }` = 311 five-star votes. */
  votes: Record<number, number>;
}

export const SERVICES: readonly SeedService[] = [
  {
    id: 'cr-renewal',
    scale: 'stars',
    name: { ar: 'تجديد السجل التجاري', en: 'Renew a commercial registration' },
    votes: { 1: 14, 2: 9, 3: 37, 4: 152, 5: 311 },
  },
  {
    id: 'id-card-renewal',
    scale: 'faces',
    name: { ar: 'تجديد بطاقة الهوية', en: 'Renew an identity card' },
    votes: { 1: 21, 2: 64, 3: 402 },
  },
  {
    id: 'passport-renewal',
    scale: 'stars',
    name: { ar: 'تجديد جواز السفر', en: 'Renew a passport' },
    votes: { 1: 8, 2: 11, 3: 26, 4: 97, 5: 188 },
  },
  {
    id: 'driving-licence-renewal',
    scale: 'stars',
    name: { ar: 'تجديد رخصة السياقة', en: 'Renew a driving licence' },
    votes: { 1: 19, 2: 17, 3: 48, 4: 121, 5: 140 },
  },
  {
    id: 'customs-clearance',
    scale: 'faces',
    name: { ar: 'التخليص الجمركي', en: 'Customs clearance' },
    votes: { 1: 33, 2: 71, 3: 216 },
  },
  {
    id: 'page-feedback',
    scale: 'thumbs',
    name: { ar: 'هل هذه الصفحة مفيدة؟', en: 'Is this page useful?' },
    votes: { 0: 38, 1: 214 },
  },
  {
    // No votes yet: shows the empty summary.
    id: 'housing-application',
    scale: 'stars',
    name: { ar: 'تقديم طلب خدمة إسكانية', en: 'Apply for a housing service' },
    votes: {},
  },
];
