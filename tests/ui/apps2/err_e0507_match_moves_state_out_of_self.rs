// mutation: the old state is moved out of `&mut self` instead of replaced (E0507)
// State machines with enums: a vending machine driven by events and a traffic light,
// with match guards, bindings and transitions consuming the old state.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Coin {
    Nickel,
    Dime,
    Quarter,
}

impl Coin {
    fn cents(self) -> u32 {
        match self {
            Coin::Nickel => 5,
            Coin::Dime => 10,
            Coin::Quarter => 25,
        }
    }
}

#[derive(Debug)]
enum Event {
    Insert(Coin),
    Select(&'static str),
    Cancel,
    Restock(u32),
}

#[derive(Debug, PartialEq)]
enum State {
    Idle,
    Collecting { paid: u32 },
    Vending { item: String, change: u32 },
    OutOfStock,
}

struct Machine {
    state: State,
    stock: u32,
    revenue: u32,
}

fn price(item: &str) -> Option<u32> {
    match item {
        "gum" => Some(35),
        "chips" => Some(50),
        "soda" => Some(75),
        _ => None,
    }
}

impl Machine {
    fn step(&mut self, ev: Event) -> Result<(), String> {
        let old = self.state;
        self.state = match (old, ev) {
            (State::OutOfStock, Event::Restock(n)) if n > 0 => {
                self.stock += n;
                State::Idle
            }
            (State::OutOfStock, e) => {
                self.state = State::OutOfStock;
                return Err(format!("out of stock, ignoring {:?}", e));
            }
            (State::Idle, Event::Insert(c)) | (State::Vending { .. }, Event::Insert(c)) => State::Collecting { paid: c.cents() },
            (State::Collecting { paid }, Event::Insert(c)) => State::Collecting { paid: paid + c.cents() },
            (State::Collecting { paid }, Event::Select(name)) => match price(name) {
                Some(p) if p <= paid => {
                    self.stock -= 1;
                    self.revenue += p;
                    if self.stock == 0 {
                        println!("  (vended {} with change {}, now empty)", name, paid - p);
                        State::OutOfStock
                    } else {
                        State::Vending { item: name.to_string(), change: paid - p }
                    }
                }
                Some(p) => {
                    self.state = State::Collecting { paid };
                    return Err(format!("{} costs {}, paid {}", name, p, paid));
                }
                None => {
                    self.state = State::Collecting { paid };
                    return Err(format!("no such item {:?}", name));
                }
            },
            (State::Collecting { paid }, Event::Cancel) => {
                println!("  refund {}", paid);
                State::Idle
            }
            (_, Event::Restock(n)) => {
                self.stock += n;
                State::Idle
            }
            (s, e) => {
                self.state = s;
                return Err(format!("event {:?} not valid in state {:?}", e, self.state));
            }
        };
        Ok(())
    }
}

#[derive(Debug, Clone, Copy)]
enum Light {
    Red(u8),
    Green(u8),
    Yellow(u8),
}

impl Light {
    fn tick(self) -> Light {
        match self {
            Light::Red(0) => Light::Green(3),
            Light::Green(0) => Light::Yellow(1),
            Light::Yellow(0) => Light::Red(2),
            Light::Red(n) => Light::Red(n - 1),
            Light::Green(n) => Light::Green(n - 1),
            Light::Yellow(n) => Light::Yellow(n - 1),
        }
    }
}

impl fmt::Display for Light {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let (c, n) = match *self {
            Light::Red(n) => ('R', n),
            Light::Green(n) => ('G', n),
            Light::Yellow(n) => ('Y', n),
        };
        write!(f, "{}{}", c, n)
    }
}

fn main() {
    let mut m = Machine { state: State::Idle, stock: 2, revenue: 0 };
    let events = vec![
        Event::Select("gum"),
        Event::Insert(Coin::Quarter),
        Event::Select("gum"),
        Event::Insert(Coin::Dime),
        Event::Select("candy"),
        Event::Select("gum"),
        Event::Insert(Coin::Quarter),
        Event::Insert(Coin::Quarter),
        Event::Cancel,
        Event::Insert(Coin::Quarter),
        Event::Insert(Coin::Quarter),
        Event::Select("chips"),
        Event::Insert(Coin::Nickel),
        Event::Restock(3),
        Event::Insert(Coin::Nickel),
    ];
    for ev in events {
        let label = format!("{:?}", ev);
        match m.step(ev) {
            Ok(()) => println!("{:<22} -> {:?}", label, m.state),
            Err(msg) => println!("{:<22} !! {}", label, msg),
        }
    }
    println!("stock={} revenue={}", m.stock, m.revenue);

    let mut l = Light::Red(1);
    let mut trace = Vec::new();
    for _ in 0..10 {
        trace.push(l.to_string());
        l = l.tick();
    }
    println!("{}", trace.join(" "));
    assert_eq!(m.state, State::Collecting { paid: 5 });
}
