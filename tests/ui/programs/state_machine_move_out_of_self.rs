// a connection state machine that tries to move a String out of its state through &mut self
#[derive(Debug)]
enum Conn {
    Closed,
    Open { peer: String, sent: u32 },
}

struct Client {
    state: Conn,
    log: Vec<String>,
}

impl Client {
    fn send(&mut self, bytes: u32) {
        if let Conn::Open { sent, .. } = &mut self.state {
            *sent += bytes;
        }
    }

    fn close(&mut self) {
        let peer = match self.state {
            Conn::Open { peer, .. } => peer,
            Conn::Closed => String::from("nobody"),
        };
        self.log.push(format!("closed {}", peer));
        self.state = Conn::Closed;
    }
}

fn main() {
    let mut c = Client { state: Conn::Open { peer: String::from("10.0.0.7"), sent: 0 }, log: vec![] };
    c.send(40);
    c.send(2);
    println!("{:?}", c.state);
    c.close();
    println!("{:?} {:?}", c.state, c.log);
}
