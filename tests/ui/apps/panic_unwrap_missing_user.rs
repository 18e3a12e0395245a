// run-time panic: unwrap on None after a HashMap lookup for a user that is not there
use std::collections::HashMap;

#[derive(Debug, Clone)]
struct User {
    name: String,
    karma: i32,
}

fn load() -> HashMap<u32, User> {
    let mut m = HashMap::new();
    for (id, name, karma) in [(1, "ada", 10), (2, "brian", -3), (4, "cleo", 7)] {
        m.insert(id, User { name: name.to_string(), karma });
    }
    m
}

fn karma_of(users: &HashMap<u32, User>, id: u32) -> i32 {
    users.get(&id).unwrap().karma
}

fn main() {
    let users = load();
    let mut ids: Vec<&u32> = users.keys().collect();
    ids.sort();
    for id in &ids {
        println!("{} -> {}", id, users[*id].name);
    }
    let mut total = 0;
    for id in 1..=4 {
        let k = karma_of(&users, id);
        total += k;
        println!("after user {} total karma {}", id, total);
    }
    println!("never printed {}", total);
}
