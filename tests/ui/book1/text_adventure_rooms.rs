// enums + lifetimes: a text adventure; Cmd<'a> borrows the input line, exits() returns promoted &'static arrays of enum values
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Room { Hall, Kitchen, Cellar, Garden }

#[derive(Debug)]
enum Cmd<'a> { Go(Room), Take(&'a str), Drop(&'a str), Look, Quit }

struct Game { room: Room, bag: Vec<String>, floor: Vec<(Room, String)>, moves: u32 }

fn parse(line: &str) -> Option<Cmd<'_>> {
    let mut it = line.split_whitespace();
    let verb = it.next()?;
    let arg = it.next();
    Some(match (verb, arg) {
        ("go", Some("hall")) => Cmd::Go(Room::Hall),
        ("go", Some("kitchen")) => Cmd::Go(Room::Kitchen),
        ("go", Some("cellar")) => Cmd::Go(Room::Cellar),
        ("go", Some("garden")) => Cmd::Go(Room::Garden),
        ("take", Some(x)) => Cmd::Take(x),
        ("drop", Some(x)) => Cmd::Drop(x),
        ("look", None) => Cmd::Look,
        ("quit", _) => Cmd::Quit,
        _ => return None,
    })
}

impl Game {
    fn exits(&self) -> &'static [Room] {
        match self.room {
            Room::Hall => &[Room::Kitchen, Room::Garden],
            Room::Kitchen => &[Room::Hall, Room::Cellar],
            Room::Cellar => &[Room::Kitchen],
            Room::Garden => &[Room::Hall],
        }
    }

    fn step(&mut self, cmd: Cmd) -> Result<bool, String> {
        self.moves += 1;
        match cmd {
            Cmd::Go(r) if self.exits().contains(&r) => { self.room = r; Ok(true) }
            Cmd::Go(r) => Err(format!("no way from {:?} to {:?}", self.room, r)),
            Cmd::Take(item) => {
                let here = self.room;
                let pos = self.floor.iter().position(|(r, i)| *r == here && i == item)
                    .ok_or_else(|| format!("no {item} here"))?;
                let (_, thing) = self.floor.remove(pos);
                self.bag.push(thing);
                Ok(true)
            }
            Cmd::Drop(item) => {
                let idx = self.bag.iter().position(|i| i == item).ok_or(format!("not carrying {item}"))?;
                let thing = self.bag.swap_remove(idx);
                self.floor.push((self.room, thing));
                Ok(true)
            }
            Cmd::Look => {
                let items: Vec<&str> = self.floor.iter().filter(|(r, _)| *r == self.room).map(|(_, i)| i.as_str()).collect();
                println!("  {:?}: items {:?}, exits {:?}", self.room, items, self.exits());
                Ok(true)
            }
            Cmd::Quit => Ok(false),
        }
    }
}

fn main() {
    let mut g = Game { room: Room::Hall, bag: Vec::new(), floor: vec![(Room::Kitchen, "knife".into()), (Room::Cellar, "wine".into())], moves: 0 };
    let script = "look\ngo cellar\ngo kitchen\ntake knife\ntake knife\ngo cellar\nlook\ntake wine\ndrop knife\nlook\ndance\nquit\nlook";
    for line in script.lines() {
        let Some(cmd) = parse(line) else {
            println!("?? {line}");
            continue;
        };
        println!("> {:?}", cmd);
        match g.step(cmd) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => println!("  {e}"),
        }
    }
    let mut bag = g.bag.clone();
    bag.sort();
    println!("moves {} room {:?} bag {:?}", g.moves, g.room, bag);
}
