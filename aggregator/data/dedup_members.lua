-- story_members(best): the story an article belongs to and dedup's record of each member:
-- {story id, short, field values..., short, field values..., ...}, or {} when it expired.
local function story_members(rprefix, sprefix, best, fields)
  local rec = redis.call('HMGET', rprefix .. best, 'i', 's')
  local story_id = rec[2] or rec[1]
  if not story_id then return {} end
  local shorts, seen = {best}, {[best] = true}
  for _, member in ipairs(redis.call('HKEYS', sprefix .. story_id)) do
    if member ~= 'i' and member ~= 'o' and not seen[member] then
      seen[member] = true
      table.insert(shorts, member)
    end
  end
  local out = {story_id}
  for _, short in ipairs(shorts) do
    local values = redis.call('HMGET', rprefix .. short, unpack(fields))
    if values[1] then
      table.insert(out, short)
      for i = 1, #fields do table.insert(out, values[i] or '') end
    end
  end
  return out
end
