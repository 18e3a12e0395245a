// rejected E0373: thread::spawn closure borrows a local Vec instead of taking it with move
use std::thread;

fn checksum(data: &[u8]) -> u32 {
    data.iter().enumerate().map(|(i, &b)| (i as u32 + 1) * b as u32).sum()
}

fn split_work(data: Vec<u8>, parts: usize) -> Vec<Vec<u8>> {
    let size = (data.len() + parts - 1) / parts;
    data.chunks(size).map(|c| c.to_vec()).collect()
}

fn main() {
    let payload: Vec<u8> = b"the quick brown fox jumps over the lazy dog".to_vec();
    let pieces = split_work(payload, 3);
    let mut handles = Vec::new();
    for piece in pieces {
        handles.push(thread::spawn(|| {
            let sum = checksum(&piece);
            format!("piece of {} -> {}", piece.len(), sum)
        }));
    }
    for h in handles {
        println!("{}", h.join().unwrap());
    }
    let whole = checksum(b"the quick brown fox");
    if whole % 2 == 0 {
        println!("even checksum {}", whole);
    } else {
        println!("odd checksum {}", whole);
    }
    println!("done");
}
