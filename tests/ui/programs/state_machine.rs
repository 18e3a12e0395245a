// a vending machine state machine driven by events, with transitions returning the next state
#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    Paying { credit: u32 },
    Vending { item: String, change: u32 },
    OutOfOrder,
}

enum Event {
    Coin(u32),
    Select(&'static str, u32),
    Take,
    Kick,
}

fn step(state: State, event: &Event) -> State {
    match (state, event) {
        (State::Idle, Event::Coin(c)) => State::Paying { credit: *c },
        (State::Paying { credit }, Event::Coin(c)) => State::Paying { credit: credit + c },
        (State::Paying { credit }, Event::Select(name, price)) if credit >= *price => {
            State::Vending { item: name.to_string(), change: credit - price }
        }
        (s @ State::Paying { .. }, Event::Select(name, _)) => {
            println!("  not enough credit for {}", name);
            s
        }
        (State::Vending { item, change }, Event::Take) => {
            println!("  dispensed {} with {} change", item, change);
            State::Idle
        }
        (_, Event::Kick) => State::OutOfOrder,
        (s, _) => s,
    }
}

fn main() {
    let events = [
        Event::Coin(50),
        Event::Select("soda", 120),
        Event::Coin(100),
        Event::Select("soda", 120),
        Event::Take,
        Event::Take,
        Event::Coin(20),
        Event::Kick,
        Event::Coin(20),
    ];
    let mut state = State::Idle;
    for (i, e) in events.iter().enumerate() {
        state = step(state, e);
        println!("after event {}: {:?}", i, state);
    }
    println!("broken: {}", state == State::OutOfOrder);
}
