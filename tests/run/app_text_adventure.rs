// A tiny text adventure: rooms in a HashMap keyed by an enum, exits as (Direction, Room),
// an inventory, commands parsed from strings into an enum, and a scripted play-through.
use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Room {
    Hall,
    Library,
    Cellar,
    Garden,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Dir {
    North,
    South,
    East,
    West,
    Down,
    Up,
}

#[derive(Debug, PartialEq)]
enum Cmd {
    Go(Dir),
    Take(String),
    Use(String),
    Look,
    Inventory,
}

impl FromStr for Dir {
    type Err = String;
    fn from_str(s: &str) -> Result<Dir, String> {
        Ok(match s {
            "n" | "north" => Dir::North,
            "s" | "south" => Dir::South,
            "e" | "east" => Dir::East,
            "w" | "west" => Dir::West,
            "d" | "down" => Dir::Down,
            "u" | "up" => Dir::Up,
            other => return Err(format!("no direction {:?}", other)),
        })
    }
}

impl FromStr for Cmd {
    type Err = String;
    fn from_str(s: &str) -> Result<Cmd, String> {
        let mut words = s.split_whitespace();
        let verb = words.next().ok_or("empty command")?;
        let rest: Vec<&str> = words.collect();
        match (verb, rest.as_slice()) {
            ("go", [d]) => Ok(Cmd::Go(d.parse()?)),
            ("take", [thing]) => Ok(Cmd::Take(thing.to_string())),
            ("use", [thing]) => Ok(Cmd::Use(thing.to_string())),
            ("look", []) => Ok(Cmd::Look),
            ("inv", []) | ("i", []) => Ok(Cmd::Inventory),
            (v, args) => Err(format!("cannot {} with {} argument(s)", v, args.len())),
        }
    }
}

impl fmt::Display for Room {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Room::Hall => "a draughty hall",
            Room::Library => "a dusty library",
            Room::Cellar => "a dark cellar",
            Room::Garden => "an overgrown garden",
        };
        f.write_str(s)
    }
}

struct Game {
    at: Room,
    exits: HashMap<Room, Vec<(Dir, Room)>>,
    items: HashMap<Room, Vec<String>>,
    inventory: BTreeSet<String>,
    cellar_open: bool,
    visited: BTreeSet<Room>,
}

impl Game {
    fn step(&mut self, cmd: Cmd) -> String {
        match cmd {
            Cmd::Look => {
                let things = self.items.get(&self.at).map(|v| v.join(", ")).unwrap_or_default();
                let ways: Vec<String> = self.exits[&self.at].iter().map(|(d, _)| format!("{:?}", d)).collect();
                format!("You are in {}. Items: [{}]. Exits: {}", self.at, things, ways.join("/"))
            }
            Cmd::Go(d) => {
                let target = self.exits[&self.at].iter().find(|(dir, _)| *dir == d).map(|&(_, r)| r);
                match target {
                    Some(Room::Cellar) if !self.cellar_open => "The trapdoor is locked.".to_string(),
                    Some(r) => {
                        self.at = r;
                        let first = self.visited.insert(r);
                        format!("You walk {:?} to {}{}", d, r, if first { " (new!)" } else { "" })
                    }
                    None => format!("You cannot go {:?} from here.", d),
                }
            }
            Cmd::Take(t) => {
                let here = self.items.entry(self.at).or_default();
                if let Some(pos) = here.iter().position(|x| *x == t) {
                    let item = here.remove(pos);
                    self.inventory.insert(item);
                    format!("Taken: {}", t)
                } else {
                    format!("There is no {} here.", t)
                }
            }
            Cmd::Use(t) if !self.inventory.contains(&t) => format!("You have no {}.", t),
            Cmd::Use(t) if t == "key" && self.at == Room::Hall => {
                self.cellar_open = true;
                "The trapdoor creaks open.".to_string()
            }
            Cmd::Use(t) => format!("Using the {} does nothing here.", t),
            Cmd::Inventory => format!("You carry {:?}", self.inventory),
        }
    }
}

fn main() {
    let mut exits = HashMap::new();
    exits.insert(Room::Hall, vec![(Dir::North, Room::Library), (Dir::East, Room::Garden), (Dir::Down, Room::Cellar)]);
    exits.insert(Room::Library, vec![(Dir::South, Room::Hall)]);
    exits.insert(Room::Garden, vec![(Dir::West, Room::Hall)]);
    exits.insert(Room::Cellar, vec![(Dir::Up, Room::Hall)]);
    let mut items = HashMap::new();
    items.insert(Room::Library, vec!["book".to_string(), "key".to_string()]);
    items.insert(Room::Garden, vec!["rose".to_string()]);
    let mut game = Game { at: Room::Hall, exits, items, inventory: BTreeSet::new(), cellar_open: false, visited: BTreeSet::from([Room::Hall]) };
    let script = ["look", "go down", "go n", "take key", "take sword", "look", "go s", "use key", "use rose",
                  "go d", "look", "go west", "dance wildly", "go sideways", "", "go u", "go e", "take rose", "i"];
    for line in script {
        let out = match line.parse::<Cmd>() {
            Ok(cmd) => game.step(cmd),
            Err(e) => format!("?? {}", e),
        };
        println!("> {:<14}{}", line, out);
    }
    println!("visited {:?}", game.visited);
}
