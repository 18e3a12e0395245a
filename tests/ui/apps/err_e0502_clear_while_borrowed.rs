// rejected E0502: clearing a Vec while a reference to its first element is still used afterwards
#[derive(Debug)]
struct Frame {
    seq: u32,
    payload: Vec<u8>,
}

struct Receiver {
    buffer: Vec<Frame>,
    delivered: Vec<u32>,
}

impl Receiver {
    fn receive(&mut self, seq: u32, payload: &[u8]) {
        self.buffer.push(Frame { seq, payload: payload.to_vec() });
        self.buffer.sort_by_key(|f| f.seq);
    }
}

fn main() {
    let mut rx = Receiver { buffer: Vec::new(), delivered: Vec::new() };
    rx.receive(3, b"lo");
    rx.receive(1, b"he");
    rx.receive(2, b"l");
    let first = &rx.buffer[0];
    let assembled: Vec<u8> = rx.buffer.iter().flat_map(|f| f.payload.iter().copied()).collect();
    rx.delivered.extend(rx.buffer.iter().map(|f| f.seq));
    rx.buffer.clear();
    println!("first seq {} of {}", first.seq, rx.delivered.len());
    println!("message {:?}", String::from_utf8(assembled).unwrap());
    println!("delivered {:?}", rx.delivered);
}
