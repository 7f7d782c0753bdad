import * as migration_20261121_134236_initial from './20261121_134236_initial';
import * as migration_20261201_193311_contact_form from './20261201_193311_contact_form';
import * as migration_20261201_202735_cookie_consent from './20261201_202735_cookie_consent';
import * as migration_20261202_035348_contact_held_and_replayed from './20261202_035348_contact_held_and_replayed';
import * as migration_20261202_035514_signin_limits from './20261202_035514_signin_limits';
import * as migration_20261202_071610_search_index from './20261202_071610_search_index';
import * as migration_20261202_102447_comments from './20261202_102447_comments';
import * as migration_20261202_111503_search_speed from './20261202_111503_search_speed';
import * as migration_20261202_171500_search_phrases from './20261202_171500_search_phrases';

export const migrations = [
  {
    up: migration_20261121_134236_initial.up,
    down: migration_20261121_134236_initial.down,
    name: '20261121_134236_initial',
  },
  {
    up: migration_20261201_193311_contact_form.up,
    down: migration_20261201_193311_contact_form.down,
    name: '20261201_193311_contact_form',
  },
  {
    up: migration_20261201_202735_cookie_consent.up,
    down: migration_20261201_202735_cookie_consent.down,
    name: '20261201_202735_cookie_consent',
  },
  {
    up: migration_20261202_035348_contact_held_and_replayed.up,
    down: migration_20261202_035348_contact_held_and_replayed.down,
    name: '20261202_035348_contact_held_and_replayed',
  },
  {
    up: migration_20261202_035514_signin_limits.up,
    down: migration_20261202_035514_signin_limits.down,
    name: '20261202_035514_signin_limits',
  },
  {
    up: migration_20261202_071610_search_index.up,
    down: migration_20261202_071610_search_index.down,
    name: '20261202_071610_search_index',
  },
  {
    up: migration_20261202_102447_comments.up,
    down: migration_20261202_102447_comments.down,
    name: '20261202_102447_comments'
  },
  {
    up: migration_20261202_111503_search_speed.up,
    down: migration_20261202_111503_search_speed.down,
    name: '20261202_111503_search_speed'
  },
  {
    up: migration_20261202_171500_search_phrases.up,
    down: migration_20261202_171500_search_phrases.down,
    name: '20261202_171500_search_phrases'
  },
];
