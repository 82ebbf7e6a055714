import { TOPICS } from '../../../facts/topics.js'
import type { AppRouteHandler } from '../../app-env.js'
import type * as routes from './topics.routes.js'

export const list: AppRouteHandler<typeof routes.list> = (c) => c.json({ topics: [...TOPICS] }, 200)
