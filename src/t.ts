import { classifyClaim } from './extract/classify-claim.ts';
import { segmentSentences } from './segment/segment-sentences.ts';
import fs from 'node:fs';
const text = fs.readFileSync('../shared/seed/000_3e4a33a3b9b59798.txt','utf8');
for (const s of segmentSentences(text)) console.log(classifyClaim(s.text, {figures: /\d|four|million|hundred/.test(s.text)?1:0, dates: /June|2022|2006/.test(s.text)?1:0, actors:1}).padEnd(15), s.text.slice(0,110));
