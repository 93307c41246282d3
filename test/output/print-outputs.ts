// Prints the test project's generated files as JSON, for the determinism test's child process.
import { findProfile, type NamingProfile } from '../../src/naming/profiles.ts';
import { buildOutputs } from '../../src/output/build.ts';
import { testProject } from '../compile/fixture.ts';

const outputs = await buildOutputs(testProject(), findProfile('otel-python') as NamingProfile);
process.stdout.write(JSON.stringify([...outputs]));
