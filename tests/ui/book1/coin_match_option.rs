// match: coins with nested enum, Option<i32> arithmetic, catch-all arms
#[derive(Debug, Clone, Copy)]
enum State {
    Alabama,
    Alaska,
}

enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter(State),
}

fn cents(c: &Coin) -> u8 {
    match c {
        Coin::Penny => {
            println!("lucky penny");
            1
        }
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter(state) => {
            println!("quarter from {:?}", state);
            25
        }
    }
}

fn plus_one(x: Option<i32>) -> Option<i32> {
    match x {
        None => None,
        Some(i) => Some(i + 1),
    }
}

fn roll(n: u8) -> &'static str {
    match n {
        3 => "hat",
        7 => "lose hat",
        1 | 2 => "small",
        4..=6 => "medium",
        _ => "reroll",
    }
}

fn main() {
    let purse = [Coin::Penny, Coin::Quarter(State::Alaska), Coin::Dime, Coin::Nickel, Coin::Quarter(State::Alabama)];
    let total: u32 = purse.iter().map(|c| cents(c) as u32).sum();
    println!("total {total}");
    println!("{:?} {:?}", plus_one(Some(5)), plus_one(None));
    for n in [1, 3, 5, 7, 9] {
        println!("{n}: {}", roll(n));
    }
    let max = Some(3u8);
    if let Some(m) = max {
        println!("max is {m}");
    }
}
