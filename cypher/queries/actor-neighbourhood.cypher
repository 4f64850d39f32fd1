// An actor's neighbourhood
// Every relation of one actor, in either direction, with the actors at the other end; Browser also draws the relations among those actors ("Connect result nodes"), as a neighbourhood does. Double-click an actor to expand it. Set the actor's id first (the :param line); the Government of Pakistan is "pakistan-government".
// :param actorId => "pakistan-government"
MATCH (actor:Actor {id: $actorId})
MATCH tie = (actor)-[r]-(:Actor)
RETURN tie
