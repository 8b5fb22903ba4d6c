// Every test/docs/*.spec.ts, in one suite (test/support/suite.ts): the README's procedures, followed literally.
import * as path from 'path';
import { specsOf } from './support/suite';

specsOf(path.join(__dirname, 'docs'));
