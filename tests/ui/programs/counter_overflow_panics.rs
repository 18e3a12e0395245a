// a packet counter stored as u8 that overflows at run time in a debug build and panics
struct Stats {
    packets: u8,
    bytes: u32,
}

fn record(stats: &mut Stats, sizes: &[u32]) {
    for s in sizes {
        stats.packets += 1;
        stats.bytes += s;
        if stats.packets % 100 == 0 {
            println!("{} packets, {} bytes", stats.packets, stats.bytes);
        }
    }
}

fn sizes(n: usize) -> Vec<u32> {
    (0..n as u32).map(|i| 40 + i % 7).collect()
}

fn main() {
    let mut stats = Stats { packets: 0, bytes: 0 };
    record(&mut stats, &sizes(120));
    println!("checked add: {:?}", stats.packets.checked_add(200));
    println!("saturating: {}", stats.packets.saturating_add(200));
    println!("wrapping: {}", stats.packets.wrapping_add(200));
    record(&mut stats, &sizes(200));
    println!("never printed {}", stats.packets);
}
