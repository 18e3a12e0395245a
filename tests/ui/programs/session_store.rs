// a web session store keyed by token with login, touch, expiry via retain and a sorted listing
use std::collections::HashMap;

#[derive(Debug)]
struct Session {
    user: String,
    last_seen: u64,
    hits: u32,
}

struct Store {
    sessions: HashMap<u64, Session>,
    next_token: u64,
}

impl Store {
    fn login(&mut self, user: &str, now: u64) -> u64 {
        self.next_token += 7;
        let token = self.next_token;
        self.sessions.insert(token, Session { user: user.to_string(), last_seen: now, hits: 0 });
        token
    }

    fn touch(&mut self, token: u64, now: u64) -> Option<&Session> {
        let s = self.sessions.get_mut(&token)?;
        s.last_seen = now;
        s.hits += 1;
        Some(s)
    }

    fn expire(&mut self, now: u64, ttl: u64) -> usize {
        let before = self.sessions.len();
        self.sessions.retain(|_, s| now - s.last_seen <= ttl);
        before - self.sessions.len()
    }
}

fn main() {
    let mut store = Store { sessions: HashMap::new(), next_token: 100 };
    let a = store.login("alice", 0);
    let b = store.login("bob", 5);
    let c = store.login("carol", 9);
    for (token, now) in [(a, 10), (c, 12), (a, 20), (999, 21), (c, 30)] {
        match store.touch(token, now) {
            Some(s) => println!("{} seen at {} ({} hits)", s.user, s.last_seen, s.hits),
            None => println!("token {} unknown", token),
        }
    }
    let gone = store.expire(32, 15);
    println!("expired {}", gone);
    let mut live: Vec<(&u64, &Session)> = store.sessions.iter().collect();
    live.sort_by_key(|(t, _)| **t);
    for (token, s) in live {
        println!("{} -> {} {}", token, s.user, s.hits);
    }
    println!("bob still there: {}", store.sessions.contains_key(&b));
}
