// enum state machine with data, match guards and @ bindings, impl block consuming self
#[derive(Debug, Clone, PartialEq)]
enum Vend {
    Idle,
    Collecting { cents: u32 },
    Dispensing { item: String, change: u32 },
    OutOfOrder(String),
}

#[derive(Debug)]
enum Input {
    Coin(u32),
    Select(&'static str, u32),
    Kick,
    Reset,
}

impl Vend {
    fn next(self, input: &Input) -> Vend {
        match (self, input) {
            (Vend::OutOfOrder(why), Input::Reset) => {
                println!("  resetting after: {}", why);
                Vend::Idle
            }
            (s @ Vend::OutOfOrder(_), _) => s,
            (_, Input::Kick) => Vend::OutOfOrder("kicked".to_string()),
            (Vend::Idle, Input::Coin(c)) | (Vend::Dispensing { .. }, Input::Coin(c)) => {
                Vend::Collecting { cents: *c }
            }
            (Vend::Collecting { cents }, Input::Coin(c @ (5 | 10 | 25))) => Vend::Collecting { cents: cents + c },
            (Vend::Collecting { cents }, Input::Coin(bad)) => {
                println!("  rejected coin {}", bad);
                Vend::Collecting { cents }
            }
            (Vend::Collecting { cents }, Input::Select(name, price)) if cents >= *price => {
                Vend::Dispensing { item: name.to_string(), change: cents - price }
            }
            (Vend::Collecting { cents }, Input::Select(name, price)) => {
                println!("  {} needs {} more", name, price - cents);
                Vend::Collecting { cents }
            }
            (state, _) => state,
        }
    }
}

fn main() {
    let inputs = vec![
        Input::Coin(25),
        Input::Coin(3),
        Input::Coin(10),
        Input::Select("gum", 50),
        Input::Coin(25),
        Input::Select("gum", 50),
        Input::Reset,
        Input::Kick,
        Input::Coin(25),
        Input::Reset,
    ];
    let mut state = Vend::Idle;
    let mut dispensed = Vec::new();
    for inp in &inputs {
        state = state.next(inp);
        println!("{:?} -> {:?}", inp, state);
        if let Vend::Dispensing { ref item, change } = state {
            dispensed.push((item.clone(), change));
        }
    }
    println!("dispensed {:?}", dispensed);
    println!("final idle? {}", state == Vend::Idle);
}
