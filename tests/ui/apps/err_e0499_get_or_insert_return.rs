// rejected E0499: conditionally returning a get_mut borrow then inserting (needs Polonius; NLL rejects)
use std::collections::HashMap;

#[derive(Debug, Default)]
struct Session {
    user: String,
    hits: u32,
}

struct Sessions {
    map: HashMap<u64, Session>,
    created: u32,
}

impl Sessions {
    fn get_or_create(&mut self, id: u64) -> &mut Session {
        if let Some(s) = self.map.get_mut(&id) {
            return s;
        }
        self.created += 1;
        self.map.entry(id).or_insert_with(|| Session { user: format!("guest{}", id), hits: 0 })
    }
}

fn main() {
    let mut s = Sessions { map: HashMap::new(), created: 0 };
    for id in [7, 3, 7, 7, 9] {
        let sess = s.get_or_create(id);
        sess.hits += 1;
    }
    let mut ids: Vec<_> = s.map.keys().copied().collect();
    ids.sort();
    for id in ids {
        println!("{} {:?}", id, s.map[&id]);
    }
    println!("created {}", s.created);
}
