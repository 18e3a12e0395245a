// Option combinators: and_then, map_or, unwrap_or_else, filter, zip, or, xor, get_or_insert_with, if let chains
use std::collections::HashMap;

#[derive(Debug, Default)]
struct Config {
    values: HashMap<String, String>,
    cache: Option<Vec<String>>,
}

impl Config {
    fn parse(src: &str) -> Config {
        let values = src
            .lines()
            .map(str::trim)
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
            .collect();
        Config { values, cache: None }
    }

    fn get(&self, k: &str) -> Option<&str> {
        self.values.get(k).map(|s| s.as_str())
    }

    fn port(&self) -> u16 {
        self.get("port").and_then(|p| p.parse().ok()).filter(|&p| p > 1024).unwrap_or(8080)
    }

    fn keys(&mut self) -> &Vec<String> {
        let values = &self.values;
        self.cache.get_or_insert_with(|| {
            let mut ks: Vec<String> = values.keys().cloned().collect();
            ks.sort();
            ks
        })
    }
}

fn main() {
    let mut cfg = Config::parse(
        "# server\nhost = example.org\nport = 80\n\nworkers=4\nbad line\nname = api ",
    );
    println!("keys {:?}", cfg.keys());
    println!("host {:?}", cfg.get("host"));
    println!("port {}", cfg.port());
    let workers = cfg.get("workers").map_or(1, |w| w.parse::<u32>().unwrap_or(1));
    println!("workers {}", workers);
    let timeout = cfg.get("timeout").or(cfg.get("workers")).unwrap_or("none");
    println!("timeout {}", timeout);
    let pair = cfg.get("host").zip(cfg.get("name"));
    println!("pair {:?}", pair);
    let only_one = cfg.get("missing").xor(Some("fallback"));
    println!("xor {:?}", only_one);
    let len = cfg.get("name").map(str::len).unwrap_or_else(|| 0);
    println!("name len {}", len);
    if let Some(h) = cfg.get("host") {
        if let Some(dot) = h.find('.') {
            println!("domain part {}", &h[dot + 1..]);
        }
    }
    let d = Config::default();
    println!("default port {} keys {}", d.port(), d.values.len());
    let total: Option<u32> = ["1", "2", "3"].iter().map(|s| s.parse::<u32>().ok()).sum();
    let broken: Option<u32> = ["1", "x"].iter().map(|s| s.parse::<u32>().ok()).sum();
    println!("{:?} {:?}", total, broken);
}
