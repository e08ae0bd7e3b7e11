// `ng build` without the Angular CLI package: the same angular.json, the same builder
// (@angular/build:application), run through @angular-devkit/architect as the CLI runs it. It saves
// the CLI's ~220 packages (schematics, npm clients, an MCP server) in an install that only builds.
// In a project made with `ng new`, `npx ng build` does the same.
import { Architect } from '@angular-devkit/architect';
import { WorkspaceNodeModulesArchitectHost } from '@angular-devkit/architect/node/index.js';
import { json, logging, workspaces } from '@angular-devkit/core';
import { NodeJsSyncHost } from '@angular-devkit/core/node/index.js';

const root = new URL('.', import.meta.url).pathname;
const { workspace } = await workspaces.readWorkspace(root, workspaces.createWorkspaceHost(new NodeJsSyncHost()));
const registry = new json.schema.CoreSchemaRegistry();
registry.addPostTransform(json.schema.transforms.addUndefinedObjectDefaults);
const architect = new Architect(new WorkspaceNodeModulesArchitectHost(workspace, root), registry);

const logger = new logging.Logger('ng build');
logger.subscribe(({ level, message }) => (level === 'error' || level === 'fatal' ? console.error : console.log)(message));
const run = await architect.scheduleTarget({ project: 'jawda-angular', target: 'build' }, {}, { logger });
const { success, error } = await run.lastOutput;
await run.stop();
if (error) console.error(error);
process.exit(success ? 0 : 1);
