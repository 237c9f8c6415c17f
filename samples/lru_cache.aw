# Mirrors the seed's section "内存管理优化" (memory management): an
# AsyncMemoryManager with a size-bounded cache, and an async generator that
# processes 10,000 items one at a time instead of building a second list.
#
# Run it:   asyncrepl run --virtual samples/lru_cache.aw
# Check it: asyncrepl test samples/lru_cache.aw
#
# Differences from the seed:
# - No classes: AsyncMemoryManager is a function returning a map of
#   closures. `deque` becomes a list (`pop(0)` for `popleft()`), `del d[k]`
#   becomes `d.remove(k)`.
# - The seed's `get` is called `lookup` here: on a map, a method name wins
#   over a key of the same name, so `manager.get(key)` would call the map's
#   own `get`.
# - The seed's example never touches the cache; a short part at the end
#   (not in the seed) does. It shows that the seed's "simple LRU" really
#   evicts in insertion order (FIFO): a lookup does not make a key recent.
#
# Virtual time: every item sleeps 0.001 s in _process_item, and every
# 1,000th item (i = 0, 1000, ...) sleeps 0.001 s more, so the 10,000 items
# take 10.01 virtual seconds and no real time.

fn AsyncMemoryManager(max_cache_size = 1000) {
    let self = {
        "cache": {},
        "cache_queue": [],
        "max_cache_size": max_cache_size,
        "access_count": {},
    }

    # 获取缓存数据 (read from the cache)
    self.lookup = fn (key) {
        if key in self.cache {
            self.access_count[key] = self.access_count.get(key, 0) + 1
            return self.cache[key]
        }
        return nil
    }

    # 设置缓存数据 (write to the cache)
    self.set = fn (key, value) {
        # 如果缓存已满,移除最少使用的项 (full: evict first)
        if len(self.cache) >= self.max_cache_size {
            self._evict_least_used()
        }

        self.cache[key] = value
        self.cache_queue.append(key)
        self.access_count[key] = 1
    }

    # 移除最少使用的缓存项 (evict; the seed's "simple LRU")
    self._evict_least_used = fn () {
        while self.cache_queue and len(self.cache) >= self.max_cache_size {
            let key = self.cache_queue.pop(0)
            if key in self.cache {
                self.cache.remove(key)
                self.access_count.remove(key)
            }
        }
    }

    # 处理大数据集 (process a large data set)
    self.process_large_dataset = async fn (data) {
        # 使用异步生成器避免内存峰值 (an async generator avoids a memory peak)
        for i, item in enumerate(data) {
            if i % 1000 == 0 {
                # 定期清理缓存 ("periodically clean the cache", says the
                # seed; it only sleeps, which lets other tasks run)
                await sleep(0.001)
            }

            # 处理数据 (process the item)
            let processed = await self._process_item(item)
            yield processed
        }
    }

    # 处理单个项目 (process one item; 模拟处理时间, simulated work)
    self._process_item = async fn (item) {
        await sleep(0.001)
        return item.upper()
    }

    return self
}

# 内存优化示例 (the memory example)
async fn memory_optimization_example() {
    let manager = AsyncMemoryManager(max_cache_size: 100)

    # 模拟大数据处理 (simulate a large data set)
    let large_data = list(range(10000)).map(fn (i) => "item_\(i)")

    async fn process_data() {
        var count = 0
        for await processed in manager.process_large_dataset(large_data) {
            count += 1
            if count % 1000 == 0 {
                print("Processed \(count) items")
            }
        }

        return count
    }

    let result = await process_data()
    print("Total processed: \(result)")
    print("Virtual time: \(round(now(), 3)) s")   # not in the seed
}

await memory_optimization_example()
# expect: Processed 1000 items
# expect: Processed 2000 items
# expect: Processed 3000 items
# expect: Processed 4000 items
# expect: Processed 5000 items
# expect: Processed 6000 items
# expect: Processed 7000 items
# expect: Processed 8000 items
# expect: Processed 9000 items
# expect: Processed 10000 items
# expect: Total processed: 10000
# expect: Virtual time: 10.01 s

# Not in the seed: the cache itself, with room for two entries.
let cache = AsyncMemoryManager(max_cache_size: 2)
cache.set("a", 1)
cache.set("b", 2)
print(cache.lookup("a"), cache.lookup("zzz"))
# expect: 1 nil
cache.set("c", 3)   # full: evicts "a", the oldest insert, though it was just read
print(cache.cache.keys(), cache.access_count)
# expect: ["b", "c"] {"b": 1, "c": 1}
# expect time: 10.01
