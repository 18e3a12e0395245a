// difftest (from programs/state_machine_move_out_of_self.rs): moving a String out of an enum field behind &mut self in a match
enum Conn {
    Closed,
    Open { peer: String },
}

struct Client {
    state: Conn,
}

impl Client {
    fn close(&mut self) -> String {
        let peer = match self.state {
            Conn::Open { peer } => peer,
            Conn::Closed => String::new(),
        };
        self.state = Conn::Closed;
        peer
    }
}

fn main() {
    let mut c = Client { state: Conn::Open { peer: String::from("10.0.0.7") } };
    println!("{}", c.close());
}
