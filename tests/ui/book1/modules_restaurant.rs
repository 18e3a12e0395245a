// modules: nested mods, pub items, use, self:: and super:: paths, pub struct fields
mod kitchen {
    pub mod orders {
        #[derive(Debug)]
        pub struct Ticket {
            pub dish: String,
            seat: u8,
        }

        impl Ticket {
            pub fn new(dish: &str, seat: u8) -> Ticket {
                Ticket { dish: dish.to_string(), seat }
            }
            pub fn seat(&self) -> u8 {
                self.seat
            }
        }

        pub fn fire(t: &Ticket) -> String {
            format!("{} for seat {} ({})", t.dish, t.seat, super::station_for(&t.dish))
        }
    }

    fn station_for(dish: &str) -> &'static str {
        if dish.contains("soup") { "stove" } else { self::grill::NAME }
    }

    pub mod grill {
        pub const NAME: &str = "grill";
    }

    pub enum Course {
        Starter,
        Main,
    }
}

mod front {
    use crate::kitchen::orders::{self, Ticket};

    pub fn take(dish: &str, seat: u8) -> Ticket {
        let t = Ticket::new(dish, seat);
        println!("fired: {}", orders::fire(&t));
        t
    }
}

use kitchen::Course;

fn main() {
    let a = front::take("tomato soup", 3);
    let b = front::take("steak", 4);
    println!("{} at {}", a.dish, a.seat());
    println!("{:?}", b);
    let c = Course::Main;
    match c {
        Course::Starter => println!("starter"),
        Course::Main => println!("main course"),
    }
    println!("{}", kitchen::grill::NAME);
}
