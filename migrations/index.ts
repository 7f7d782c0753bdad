import * as migration_20261121_125028_initial from './20261121_125028_initial'

export const migrations = [
  {
    up: migration_20261121_125028_initial.up,
    down: migration_20261121_125028_initial.down,
    name: '20261121_125028_initial',
  },
]
