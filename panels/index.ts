import type { DashboardDefinition } from '../src/build/model.ts';

// Placeholder until the four tabs land (helper C2 replaces this file).
export const ttaDashboard: DashboardDefinition = {
  uid: 'tta-agent-observability',
  title: 'TTA.dev Agent Observability',
  description: '',
  tags: ['tta'],
  time: { from: 'now-1h', to: 'now' },
  refresh: '30s',
  variables: [],
  datasources: { prometheus: 'prometheus' },
  tabs: [],
};
