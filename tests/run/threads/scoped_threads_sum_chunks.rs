use std::thread;

fn main() {
    let data: Vec<u32> = (1..=12).collect();
    let mut sums = vec![0u32; 3];
    thread::scope(|s| {
        for (chunk, slot) in data.chunks(4).zip(sums.iter_mut()) {
            s.spawn(move || *slot = chunk.iter().sum());
        }
    });
    println!("{:?} total={}", sums, sums.iter().sum::<u32>());
}
