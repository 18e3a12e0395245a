// a user cache keyed by formatted strings where a key slice borrows a temporary String
use std::collections::HashMap;

struct User {
    name: &'static str,
    id: u32,
    active: bool,
}

fn main() {
    let users = [
        User { name: "ana", id: 3, active: true },
        User { name: "bo", id: 7, active: false },
        User { name: "cy", id: 11, active: true },
    ];
    let mut cache: HashMap<String, u32> = HashMap::new();
    for user in users.iter().filter(|u| u.active) {
        let key: &str = format!("{}#{}", user.name, user.id).as_str();
        cache.insert(key.to_string(), user.id * 100);
        println!("cached {}", key);
    }
    let mut keys: Vec<&String> = cache.keys().collect();
    keys.sort();
    println!("{:?}", keys);
    let inactive: Vec<&str> = users.iter().filter(|u| !u.active).map(|u| u.name).collect();
    println!("inactive {:?}", inactive);
    println!("hit rate {}", hit_rate(&cache, &["ana#3", "bo#7", "cy#11"]));
}

fn hit_rate(cache: &HashMap<String, u32>, probes: &[&str]) -> String {
    let hits = probes.iter().filter(|p| cache.contains_key(**p)).count();
    format!("{}/{}", hits, probes.len())
}
