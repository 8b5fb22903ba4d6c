// Every test/platform/*.spec.ts, in one suite (test/support/suite.ts).
import * as path from 'path';
import { specsOf } from './support/suite';

specsOf(path.join(__dirname, 'platform'));
