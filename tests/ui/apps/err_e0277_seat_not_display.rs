// rejected E0277: printing a struct with {} although it only derives Debug, in a seat-booking app
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Seat {
    row: u8,
    col: u8,
}

struct Theater {
    booked: HashMap<Seat, String>,
}

impl Theater {
    fn new() -> Self {
        Theater { booked: HashMap::new() }
    }

    fn book(&mut self, seat: Seat, who: &str) -> Result<(), String> {
        if self.booked.contains_key(&seat) {
            return Err(format!("{:?} already taken", seat));
        }
        self.booked.insert(seat, who.to_string());
        Ok(())
    }
}

fn main() {
    let mut t = Theater::new();
    let requests = [
        (Seat { row: 1, col: 4 }, "ann"),
        (Seat { row: 1, col: 5 }, "bob"),
        (Seat { row: 1, col: 4 }, "cid"),
    ];
    for (seat, who) in requests.iter() {
        match t.book(*seat, who) {
            Ok(()) => println!("{} booked {}", who, seat),
            Err(e) => println!("{} failed: {}", who, e),
        }
    }
    println!("{} seats booked", t.booked.len());
}
