import { readFileSync } from 'node:fs';
import { readableText } from './src/lib/versions.ts';
console.log(readableText(readFileSync('content/explainers/die-elf-minuten-chronologie.mdx', 'utf8')).slice(0, 900));
