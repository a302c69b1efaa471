import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { STALL_FEED_EVENT } from "../lib/constants"
import type { StallFeedMessage } from "../lib/feed"
import { feedHub } from "../lib/feed-hub"
import { MARKET_MODULE } from "../modules/market"
import type MarketModuleService from "../modules/market/service"

/** A recorded feed event goes live to the stall's open screens (every instance, with Redis). */
export default async function stallFeedPublish({ event, container }: SubscriberArgs<StallFeedMessage>) {
  const { redisUrl } = container.resolve<MarketModuleService>(MARKET_MODULE).settings()
  await feedHub(redisUrl).publish(event.data)
}

export const config: SubscriberConfig = { event: STALL_FEED_EVENT }
