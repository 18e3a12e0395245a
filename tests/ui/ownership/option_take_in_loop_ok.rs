// ownership: Option::take moves the value out through &mut, leaving None
struct Slot {
    item: Option<String>,
}

fn main() {
    let mut slot = Slot { item: Some(String::from("key")) };
    for round in 0..3 {
        match slot.item.take() {
            Some(v) => println!("round {} took {}", round, v),
            None => println!("round {} empty", round),
        }
    }
}
