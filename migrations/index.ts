import * as migration_20261121_134236_initial from './20261121_134236_initial';

export const migrations = [
  {
    up: migration_20261121_134236_initial.up,
    down: migration_20261121_134236_initial.down,
    name: '20261121_134236_initial'
  },
];
